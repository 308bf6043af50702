/* TRUTH: racy — thread id locks objs[id].m but always updates objs[0].count; ids 0 and 1 use different locks */
#include <pthread.h>
struct Obj { pthread_mutex_t m; int count; } objs[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
void *w(void *x){
  long id = (long)x;
  pthread_mutex_lock(&objs[id].m);
  objs[0].count++;
  pthread_mutex_unlock(&objs[id].m);
  return 0;
}
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return objs[0].count;
}
