/* racy: thread reads table[2] before calling pthread_once, while another thread's init may be writing it */
#include <pthread.h>
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];
int peek[3];
static void init(void) { for (int i = 0; i < 4; i++) table[i] = i + 10; }
void *w(void *p) { long id = (long)p; peek[id] = table[2]; pthread_once(&once, init); return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return peek[0];
}
