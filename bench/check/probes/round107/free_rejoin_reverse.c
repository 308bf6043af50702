/* TRUTH: free — the join/create loop runs over h[] backwards but all f1s were already joined in a first join loop */
#include <pthread.h>
int v;
void *f1(void *a){ (void)a; v = 1; return 0; }
void *f2(void *a){ (void)a; return 0; }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f1m(void *a){ (void)a; pthread_mutex_lock(&m); v++; pthread_mutex_unlock(&m); return 0; }
void *f2m(void *a){ (void)a; pthread_mutex_lock(&m); v += 10; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t h[2]; (void)f1; (void)f2;
  for (int i = 0; i < 2; i++) pthread_create(&h[i],0,f1m,0);
  for (int i = 1; i >= 0; i--) { pthread_join(h[i],0); pthread_create(&h[i],0,f2m,0); }
  for (int i = 0; i < 2; i++) pthread_join(h[i],0); return v != 22; }
