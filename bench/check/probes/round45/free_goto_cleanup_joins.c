/* TRUTH: free — every path reaches the cleanup label which joins before counter is read */
#include <pthread.h>
int counter;
void *w(void *x){ counter += 5; return 0; }
int main(int argc, char **argv){
  pthread_t t;
  int r = 0;
  if (pthread_create(&t,0,w,0) != 0) return 1;
  if (argc > 1) goto cleanup;
  r = 1;
cleanup:
  pthread_join(t,0);
  return r + counter;
}
