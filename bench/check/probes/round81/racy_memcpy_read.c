/* TRUTH: racy — worker memcpy reads buf; main writes buf[2] concurrently */
#include <pthread.h>
#include <string.h>
char buf[16];
void *w(void *p) { char loc[16]; memcpy(loc, buf, sizeof buf); return (void *)(long)loc[2]; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  buf[2] = 'x';
  pthread_join(t, 0);
  return 0;
}
