/* TRUTH: free — the thread may return early, but every write to acc is in the thread and main reads after join */
#include <pthread.h>
int acc;
void *w(void *x){
  long n = (long)x;
  if (n < 0) return 0;
  for (long i = 0; i < n; i++) { if (i == 5) return 0; acc += (int)i; }
  return 0;
}
int main(int argc, char **argv){
  pthread_t t;
  pthread_create(&t,0,w,(void*)(long)argc);
  pthread_join(t,0);
  return acc;
}
