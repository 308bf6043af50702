/* TRUTH: free — when create fails main returns without a thread; otherwise it joins before writing g */
#include <pthread.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){
  pthread_t t;
  if (pthread_create(&t,0,w,0) != 0) { g = 5; return g; }
  pthread_join(t,0);
  g = 2;
  return g;
}
