/* TRUTH: free — each thread stores its own malloc'd buffer in a pthread_key slot and only touches that buffer */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t key;

static int *my_buf(void)
{
  int *b = pthread_getspecific(key);
  if (!b) {
    b = calloc(4, sizeof(int));
    if (!b)
      return NULL;
    pthread_setspecific(key, b);
  }
  return b;
}

void *t(void *arg)
{
  for (int i = 0; i < 4; i++) {
    int *b = my_buf();
    if (!b)
      return NULL;
    b[i] = i;
  }
  int *b = my_buf();
  int r = b ? b[3] : -1;
  free(b);
  return (void *)(long)r;
}

int main(void)
{
  pthread_t a, c;
  pthread_key_create(&key, NULL);
  pthread_create(&a, 0, t, 0);
  pthread_create(&c, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(c, 0);
  return 0;
}
