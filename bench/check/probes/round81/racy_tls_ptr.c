/* TRUTH: racy — each thread's thread-local pointer 'mine' points to the same global g; both write *mine */
#include <pthread.h>
int g;
__thread int *mine;
void *w(void *a) { mine = &g; *mine = (int)(long)a; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return g;
}
