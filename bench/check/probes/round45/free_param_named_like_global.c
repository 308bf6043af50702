/* TRUTH: free — helper's parameter 'counter' shadows the global; each thread passes its own stack int */
#include <pthread.h>
int counter;
static void bump(int *counter){ (*counter)++; }
void *w(void *x){ int mine = 0; bump(&mine); bump(&mine); return (void*)(long)mine; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  counter = 1;
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return counter;
}
