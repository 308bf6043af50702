/* TRUTH: racy — the goto retry path creates a second worker into the same handle; only one is joined before reading */
#include <pthread.h>
int value;
void *w(void *x){ value += 1; return 0; }
int main(int argc, char **argv){
  pthread_t t; int tries = 0;
retry:
  pthread_create(&t,0,w,0);
  if (++tries < 2) goto retry;
  pthread_join(t,0);
  return value;
}
