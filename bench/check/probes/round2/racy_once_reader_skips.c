/* TRUTH: racy. One thread reads the table without calling pthread_once, while the other
   may be running init_table. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init_table(void) { for (int i = 0; i < 16; i++) table[i] = i; }
void *init_user(void *arg) { pthread_once(&once, init_table); return (void *)(long)table[3]; }
void *rogue(void *arg) { return (void *)(long)table[3]; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, init_user, NULL);
  pthread_create(&y, NULL, rogue, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
