/* TRUTH: racy. t1 retargets gp to &b under lock; t2 reads gp under lock then writes *q unlocked;
   if t1 ran first, t2 writes b while main reads b with no sync. */
#include <pthread.h>
#include <stdio.h>
int a, b; int *gp = &a;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *x) { (void)x; pthread_mutex_lock(&m); gp = &b; pthread_mutex_unlock(&m); return 0; }
void *t2(void *x) { int *q; (void)x; pthread_mutex_lock(&m); q = gp; pthread_mutex_unlock(&m); *q = 7; return 0; }
int main(void) {
  pthread_t x, y; pthread_create(&x, 0, t1, 0); pthread_create(&y, 0, t2, 0);
  printf("%d\n", b);
  pthread_join(x, 0); pthread_join(y, 0); return 0; }
