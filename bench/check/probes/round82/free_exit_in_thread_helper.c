/* TRUTH: free — the thread calls a helper that always calls pthread_exit, so its write after is unreachable */
#include <pthread.h>
#include <stdio.h>
int g;
static void bail(void) { pthread_exit(0); }
void *t(void *a) { bail(); g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
