/* racy: thread publishes result in global last and main polls it without joining first */
#include <pthread.h>
#include <stdlib.h>
int *last;
void *work(void *p) {
  (void)p;
  int *r = malloc(sizeof *r);
  if (r) *r = 7;
  last = r;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, work, NULL);
  int *seen = last;
  pthread_join(t, NULL);
  return seen != NULL;
}
