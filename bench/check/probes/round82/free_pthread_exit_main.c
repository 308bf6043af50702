/* TRUTH: free — main calls pthread_exit, so its later write is unreachable */
#include <pthread.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_exit(0);
  g = 2;
  return 0;
}
