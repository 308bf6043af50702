/* TRUTH: racy — strlen(&buf[0]) by instance 0 reads buf[1], which instance 1 writes; no ordering */
#include <pthread.h>
#include <string.h>
char buf[3];
size_t len[2];
void *f(void *p) {
  long id = (long)p;
  buf[id] = 'a';
  len[id] = strlen(&buf[id]);
  return 0;
}
int main(void) {
  pthread_t t[2];
  long i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return 0;
}
