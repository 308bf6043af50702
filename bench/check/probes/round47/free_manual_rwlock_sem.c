/* TRUTH: free — classic readers-preference RW lock: readcount under mutex rc, wrt semaphore held by the writer or by the reader group; db written only with wrt held exclusively */
#include <pthread.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

pthread_mutex_t rc = PTHREAD_MUTEX_INITIALIZER;
sem_t wrt;
int readcount;
int db[3];

void *reader(void *arg) {
  int v;
  pthread_mutex_lock(&rc);
  readcount++;
  if (readcount == 1) sem_wait(&wrt);
  pthread_mutex_unlock(&rc);

  v = db[0] + db[1] + db[2];

  pthread_mutex_lock(&rc);
  readcount--;
  if (readcount == 0) sem_post(&wrt);
  pthread_mutex_unlock(&rc);
  if (v % 3 != 0) reach_error();
  return 0;
}

void *writer(void *arg) {
  int k = __VERIFIER_nondet_int() % 10;
  sem_wait(&wrt);
  db[0] = k;
  db[1] = k;
  db[2] = k;
  sem_post(&wrt);
  return 0;
}

int main(void) {
  pthread_t r1, r2, w;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0);
  pthread_join(w, 0);
  pthread_join(r2, 0);
  return 0;
}
