/* TRUTH: racy — thread strcpy's into name while main reads name[0] before join */
#include <pthread.h>
#include <string.h>
char name[64];
void *w(void *x){ strcpy(name, "worker"); return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,0);
  int c = name[0];
  pthread_join(t,0);
  return c;
}
