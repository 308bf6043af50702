/* TRUTH: free — thread's write after abort() is unreachable; main only writes g */
#include <pthread.h>
#include <stdlib.h>
int g;
void *t(void *a) { if (a == 0) abort(); g = 1; return 0; }
int main(void) {
  pthread_t th; g = 0;
  pthread_create(&th, 0, t, (void *)0);
  g = 2;
  pthread_join(th, 0); return 0;
}
