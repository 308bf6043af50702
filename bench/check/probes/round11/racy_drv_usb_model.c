// racy: disconnect decrements usb_count without reg_lock, while probe (running in main, concurrently with the first device's disconnect thread) increments it under reg_lock.
#include <pthread.h>
#include <stdlib.h>
#define MAXDEV 2
struct usb_dev {
  pthread_mutex_t lock;
  int connected;
  int urbs_done;
  int id;
};
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct usb_dev *registry[MAXDEV];
static int usb_count;
static void *urb_complete(void *arg) {
  struct usb_dev *d = arg;
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&d->lock);
    if (d->connected) d->urbs_done++;
    pthread_mutex_unlock(&d->lock);
  }
  return 0;
}
static void *disconnect(void *arg) {
  struct usb_dev *d = arg;
  pthread_mutex_lock(&d->lock);
  d->connected = 0;
  pthread_mutex_unlock(&d->lock);
  usb_count--;
  return 0;
}
static struct usb_dev *probe(int id) {
  struct usb_dev *d = calloc(1, sizeof *d);
  if (!d) return 0;
  pthread_mutex_init(&d->lock, 0);
  d->id = id;
  d->connected = 1;
  pthread_mutex_lock(&reg_lock);
  registry[id] = d;
  usb_count++;
  pthread_mutex_unlock(&reg_lock);
  return d;
}
int main(void) {
  pthread_t th[2 * MAXDEV];
  int n = 0;
  for (int i = 0; i < MAXDEV; i++) {
    struct usb_dev *d = probe(i);
    if (!d) continue;
    pthread_create(&th[n++], 0, urb_complete, d);
    pthread_create(&th[n++], 0, disconnect, d);
  }
  for (int i = 0; i < n; i++) pthread_join(th[i], 0);
  int total = 0;
  for (int i = 0; i < MAXDEV; i++)
    if (registry[i]) { total += registry[i]->urbs_done; free(registry[i]); }
  return total + usb_count;
}
