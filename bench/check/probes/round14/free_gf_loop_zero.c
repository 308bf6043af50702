/* race-free: main writes x only after joining w */
#include <pthread.h>
int g; int x; int n;
void *w(void *a){
  for (int i = 0; i < n; i++) {
    if (g == 5) { } else return 0;
  }
  if (g == 0) x = 1;
  return 0;
}
int main(int argc, char **argv){ n = argc - 1; if (argc > 3) g = 5; pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
