/* TRUTH: free — the registered callback writes last_event only under ev_lock, and main reads it under ev_lock */
#include <pthread.h>
static pthread_mutex_t ev_lock = PTHREAD_MUTEX_INITIALIZER;
int last_event;
typedef void (*cb_t)(int);
static cb_t handler;
static void on_event(int e){ pthread_mutex_lock(&ev_lock); last_event = e; pthread_mutex_unlock(&ev_lock); }
static void fire(int e){ handler(e); }
void *w(void *x){ fire((int)(long)x); return 0; }
int main(void){
  handler = on_event;
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_mutex_lock(&ev_lock); int v = last_event; pthread_mutex_unlock(&ev_lock);
  pthread_join(a,0); pthread_join(b,0);
  return v;
}
