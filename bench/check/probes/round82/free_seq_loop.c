/* TRUTH: free — each iteration creates then joins a thread; threads never overlap */
#include <pthread.h>
#include <stdio.h>
int acc;
void *t(void *a) { acc += (int)(long)a; return 0; }
int main(void) {
  for (long i = 0; i < 4; i++) { pthread_t th; pthread_create(&th, 0, t, (void *)i); pthread_join(th, 0); }
  printf("%d\n", acc); return 0;
}
