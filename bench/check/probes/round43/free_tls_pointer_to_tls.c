/* TRUTH: free — mine points at the thread's own __thread variable own, so each *mine write is thread-private; g is untouched */
#include <pthread.h>
int g;
__thread int own;
__thread int *mine;
void *w(void *a) { mine = &own; *mine = (int)(long)a; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)1);
  pthread_create(&y, 0, w, (void *)2);
  pthread_join(x, 0); pthread_join(y, 0);
  return g;
}
