/* TRUTH: racy — t1 uses once_a and t2 uses once_b with the same init_table, so init_table runs in both threads and its writes to table[] race (and with the other thread's read) */
#include <pthread.h>
int table[8];
pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static void init_table(void) { for (int i = 0; i < 8; i++) table[i] = i * 3; }
void *f1(void *a) { pthread_once(&once_a, init_table); return (void *)(long)table[1]; }
void *f2(void *a) { pthread_once(&once_b, init_table); return (void *)(long)table[2]; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return table[3];
}
