/* TRUTH: racy — inflate_in_background (a library function, lib_inflate_bg.c) runs 'done' in a thread of its own while main writes g */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
extern void inflate_in_background(void (*done)(void));
extern void inflate_wait(void);
static int g;
static void done(void) { g++; }
int main(void)
{
    inflate_in_background(done);
    g++;
    inflate_wait();
    printf("%d\n", g);
    return 0;
}
