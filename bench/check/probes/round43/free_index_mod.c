/* TRUTH: free — args 0 and 1, each writes acc[id % 2]: acc[0] and acc[1], distinct */
#include <pthread.h>
int acc[2];
void *w(void *arg) { long id = (long)arg; acc[id % 2] += 3; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return acc[0];
}
