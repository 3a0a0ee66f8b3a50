package org.masthead;
public class Launcher { public static void main(String[] a){ System.out.println("hi"); } }
