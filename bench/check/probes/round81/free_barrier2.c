/* TRUTH: free — barrier count 2: main's read after barrier happens after worker's write before barrier */
#include <pthread.h>
pthread_barrier_t b;
int data;
void *w(void *a) { data = 7; pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t t;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&t, 0, w, 0);
  pthread_barrier_wait(&b);
  int v = data;
  pthread_join(t, 0);
  return v;
}
