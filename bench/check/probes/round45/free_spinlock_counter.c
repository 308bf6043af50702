/* TRUTH: free — counter is only written while holding the pthread spinlock */
#include <pthread.h>
pthread_spinlock_t sl;
long counter;
void *w(void *x){ for (int i = 0; i < 100; i++) { pthread_spin_lock(&sl); counter++; pthread_spin_unlock(&sl); } return 0; }
int main(void){
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return (int)counter;
}
