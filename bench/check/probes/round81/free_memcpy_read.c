/* TRUTH: free — worker memcpy reads buf[0..8), main writes buf[12] */
#include <pthread.h>
#include <string.h>
char buf[16];
void *w(void *p) { char loc[16]; memcpy(loc, buf, 8); return (void *)(long)loc[2]; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  buf[12] = 'x';
  pthread_join(t, 0);
  return 0;
}
