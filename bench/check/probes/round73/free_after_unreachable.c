/* TRUTH: free — worker sleeps forever in a noreturn helper; the g write after it never runs; main does not join */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
static _Noreturn void park(void){ for (;;) pause(); }
void *w(void *x){ park(); g = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); g = 2; return 0; }
