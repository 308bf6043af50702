/* TRUTH: free — worker calls a _Noreturn helper that pthread_exits; its g write never runs */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
static _Noreturn void quit(void){ pthread_exit(0); }
void *w(void *x){ quit(); g = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); g = 2; pthread_join(t,0); return 0; }
