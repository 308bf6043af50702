/* TRUTH: free. Lazy init of a function-static table via pthread_once; readers only read
   after pthread_once returns. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init_table(void) { for (int i = 0; i < 16; i++) table[i] = i * i; }
static const int *table_get(void) { pthread_once(&once, init_table); return table; }
void *user(void *arg) { return (void *)(long)table_get()[5]; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, NULL);
  pthread_create(&y, NULL, user, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return table[5];
}
