/* TRUTH: racy — when argc > 1 the goto jumps past the join to code that reads counter */
#include <pthread.h>
int counter;
void *w(void *x){ counter += 5; return 0; }
int main(int argc, char **argv){
  pthread_t t;
  pthread_create(&t,0,w,0);
  if (argc > 1) goto out;
  pthread_join(t,0);
out:
  return counter;
}
