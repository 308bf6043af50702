/* TRUTH: free — thread id writes only us[id] (both members of its own union element) */
#include <pthread.h>
union U { int i; float f; } us[2];
void *w(void *x){ long id = (long)x; us[id].i = 1; us[id].f = 2.0f; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return us[0].i + us[1].i;
}
