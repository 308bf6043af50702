/* TRUTH: free — fatal() is _Noreturn and exits; write unreachable */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
#include <stdio.h>
static _Noreturn void fatal(const char *m) { fputs(m, stderr); exit(3); }
void *f(void *a) { fatal("bye\n"); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
