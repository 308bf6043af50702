/* TRUTH: free — each thread stores its own malloc'd buffer in a pthread_key slot and only touches that buffer */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

static pthread_key_t key;

static int *my_buf(void) {
  int *b = pthread_getspecific(key);
  if (!b) {
    b = calloc(4, sizeof(int));
    pthread_setspecific(key, b);
  }
  return b;
}

void *t(void *arg) {
  int i;
  int *b = my_buf();
  if (!b) return 0;
  for (i = 0; i < 4; i++) b[i] = i;
  b = my_buf();
  if (b[3] != 3) reach_error();
  return 0;
}

int main(void) {
  pthread_t x, y;
  pthread_key_create(&key, free);
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
