/* TRUTH: free — the thread receives &g but rebinds p to its own local before writing */
#include <pthread.h>
int g;
void *w(void *x){ int *p = x; int local = 0; p = &local; *p = 5; return (void*)(long)local; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,&g);
  g = 1;
  pthread_join(t,0);
  return g;
}
