/* TRUTH: racy — ptrs[0] and ptrs[1] both point to the same object; thread i writes *ptrs[i] */
#include <pthread.h>
int x, y;
int *ptrs[2];
void *w(void *a){ long id = (long)a; *ptrs[id] = (int)id; return 0; }
int main(void){
  ptrs[0] = &x; ptrs[1] = &x;
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return x + y;
}
