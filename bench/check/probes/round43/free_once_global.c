/* TRUTH: free — one global pthread_once_t: init_table runs once and every pthread_once return happens after it, so the reads of table[] are ordered after its writes */
#include <pthread.h>
int table[8];
pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_table(void) { for (int i = 0; i < 8; i++) table[i] = i * 3; }
void *w(void *a) {
  pthread_once(&once, init_table);
  return (void *)(long)table[(long)a];
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)1);
  pthread_create(&y, 0, w, (void *)2);
  pthread_join(x, 0); pthread_join(y, 0);
  return table[3];
}
