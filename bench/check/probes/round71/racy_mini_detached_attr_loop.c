/* TRUTH: racy — the worker threads are created DETACHED in a loop; the join loop returns EINVAL at once, so main's reads of out[i] race with the workers' writes */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int out[N];
void *w(void *a){ long i = (long)a; out[i] = (int)i * 10; return 0; }
int main(){ pthread_t t[N]; pthread_attr_t at; long i; int s = 0;
 pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
 for (i = 0; i < N; i++) pthread_create(&t[i], &at, w, (void *)i);
 for (i = 0; i < N; i++) pthread_join(t[i], 0);
 for (i = 0; i < N; i++) s += out[i];
 printf("%d\n", s); return 0; }
