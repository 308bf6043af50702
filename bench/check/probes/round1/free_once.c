/* TRUTH: free. `table` is written only by the pthread_once initializer; every reader
   calls pthread_once first (once completion happens-before return of every call). */
#include <pthread.h>
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];
static void init(void) { for (int i = 0; i < 4; i++) table[i] = i * 3; }
void *worker(void *arg) { pthread_once(&once, init); return (void *)(long)table[2]; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_once(&once, init);
  int v = table[3];
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return v;
}
