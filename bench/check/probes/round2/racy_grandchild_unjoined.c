/* TRUTH: racy. boss starts child and does not join it; main joins only boss and then
   reads x, which child may still be writing. */
#include <pthread.h>
int x;
void *child(void *arg) { x = 5; return NULL; }
void *boss(void *arg) { pthread_t c; pthread_create(&c, NULL, child, NULL); pthread_detach(c); return NULL; }
int main(void) {
  pthread_t b;
  pthread_create(&b, NULL, boss, NULL);
  pthread_join(b, NULL);
  return x;
}
