/* TRUTH: racy — global pointer gp = &s.b; thread writes *gp while main writes s.b before join */
#include <pthread.h>
struct S { int a; int b; } s;
int *gp;
void *w(void *x){ *gp = 7; return 0; }
int main(void){
  pthread_t t; gp = &s.b;
  pthread_create(&t,0,w,0);
  s.b = 3;
  pthread_join(t,0);
  return s.b;
}
