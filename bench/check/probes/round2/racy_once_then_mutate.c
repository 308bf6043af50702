/* TRUTH: racy. After pthread_once both threads modify table[0] without a lock. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init_table(void) { for (int i = 0; i < 16; i++) table[i] = i; }
void *user(void *arg) { pthread_once(&once, init_table); table[0] += 1; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, NULL);
  pthread_create(&y, NULL, user, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return table[0];
}
