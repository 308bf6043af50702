/* TRUTH: racy — thread copies the whole struct *p (reads p->x) while main writes shared.x */
#include <pthread.h>
struct P { int x; int y; } shared;
void *w(void *a){ struct P *p = a; struct P local = *p; return (void*)(long)(local.x + local.y); }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,&shared);
  shared.x = 5;
  pthread_join(t,0);
  return 0;
}
