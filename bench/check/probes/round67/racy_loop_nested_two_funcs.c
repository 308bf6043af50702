/* TRUTH: racy — outer loop's f instance runs while inner loop's g instances run; f and g both write x */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
void *g(void *a){ x--; return 0; }
int main(void){ pthread_t t, u;
  for (int i=0;i<3;i++){ pthread_create(&t,0,f,0);
    for (int j=0;j<3;j++){ pthread_create(&u,0,g,0); pthread_join(u,0);} 
    pthread_join(t,0);} return x; }
