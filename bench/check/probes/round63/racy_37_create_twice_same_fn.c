/* TRUTH: racy — the two instances of tag() both write last_id with no synchronisation */
#include <pthread.h>
static int last_id;
static void *tag(void *p) { last_id = (int)(long)p; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, tag, (void *)1L); pthread_create(&b, 0, tag, (void *)2L);
  pthread_join(a, 0); pthread_join(b, 0);
  return last_id;
}
