/* TRUTH: free — the thread's g is a local that shadows the global; only main touches the global g */
#include <pthread.h>
int g;
void *w(void *x){ int g = 0; for (int i = 0; i < 10; i++) g++; return (void*)(long)g; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  g = 5;
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return g;
}
