/* TRUTH: racy — scanner reads cells[0..10) while filler writes cells[5..15): cells[5..9] are read and written concurrently */
#include <pthread.h>
static int cells[15];
static void *scanner(void *p) { (void)p; int s = 0; for (int i = 0; i < 10; i++) s += cells[i]; return (void *)(long)s; }
static void *filler(void *p) { (void)p; for (int i = 5; i < 15; i++) cells[i] = 9; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, scanner, 0); pthread_create(&b, 0, filler, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
